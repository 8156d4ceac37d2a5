import type { Widen } from '../../messages';
import type { documents as vi } from '../vi/documents';

export const documents: Widen<typeof vi> = {
  documents: {
    common: {
      nationalName: 'SOCIALIST REPUBLIC OF VIET NAM',
      motto: 'Independence - Freedom - Happiness',
      number: 'No.: {{number}}',
      placeDate: '{{place}}, {{day}}/{{month}}/{{year}}',
      placeDateBlank: '{{place}}, date …… / …… / ……',
      recipients: 'Recipients:',
      archiveCopy: 'Archive: office',
    },
  },
};
