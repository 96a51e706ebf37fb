import { defineElement } from '../../internal/spor-element.js';
import { SporDataTable } from './spor-data-table.component.js';

export { SporDataTable };

defineElement('spor-data-table', SporDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'spor-data-table': SporDataTable;
  }
}
