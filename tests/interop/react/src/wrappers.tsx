// `spor/react`: the @lit/react wrappers, for React 18 hosts (they work in React 19 too).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { samplePersonas } from 'spor/core';
import { SporDataTable, SporTraitStar } from 'spor/react';

function Wrappers() {
  const [invalid, setInvalid] = useState<number>();
  return (
    <main>
      <SporDataTable id="wrapped-table" data={samplePersonas[0]} audience="counsellor" series="traits" />
      <SporTraitStar
        id="wrapped-star"
        data={{ schemaVersion: 2 }}
        onSporInvalidData={(event) => setInvalid(event.detail.issues.length)}
      />
      <output id="wrapped-invalid-heard">{invalid === undefined ? '' : `invalid: ${invalid}`}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Wrappers />);
