// `spor/react`: the @lit/react wrappers, for React 18, which sets every prop on a custom element
// as an attribute and cannot listen to custom events.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { samplePersonas } from 'spor/core';
import { SporDataTable, SporTraitStar } from 'spor/react';

function Wrappers() {
  const [invalid, setInvalid] = useState<number>();
  return (
    <main>
      {/* #region readme-react18 */}
      <SporDataTable id="wrapped-table" data={samplePersonas[0]} audience="counsellor" series="traits" />
      <SporTraitStar
        id="wrapped-star"
        data={{ schemaVersion: 2 }}
        onSporInvalidData={(event) => setInvalid(event.detail.issues.length)}
      />
      {/* #endregion readme-react18 */}
      <output id="wrapped-invalid-heard">{invalid === undefined ? '' : `invalid: ${invalid}`}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Wrappers />);
