import { createRoot } from 'react-dom/client';
import type {} from 'spor/react-jsx'; // JSX types for every spor-* tag, generated from the manifest
import { samplePersonas } from 'spor/core';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App data={samplePersonas[0]} />);
