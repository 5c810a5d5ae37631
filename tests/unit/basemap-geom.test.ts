// @vitest-environment node
// Pure geometry helpers used by scripts/build-basemap.ts.
import { describe, expect, it } from 'vitest';
import {
  clipLine,
  clipRing,
  midpointVertex,
  pointInPolygon,
  poleOfInaccessibility,
  roundLine,
  simplifyLine,
  splitLineAtAntimeridian,
  splitPolygonAtAntimeridian,
  type BBox,
  type Pos,
} from '../../scripts/basemap/geom';

const BOX: BBox = [0, 0, 10, 10];

describe('basemap geom helpers', () => {
  it('roundLine rounds to 4 decimals, drops consecutive duplicates and never yields -0', () => {
    expect(
      roundLine([
        [1.23456, -0.00001],
        [1.23458, 0.00001],
        [2, 2],
      ]),
    ).toEqual([
      [1.2346, 0],
      [2, 2],
    ]);
  });

  it('clipLine keeps only the pieces inside the box', () => {
    const pieces = clipLine(
      [
        [-5, 5],
        [5, 5],
        [15, 5],
        [15, 8],
        [5, 8],
      ],
      BOX,
    );
    expect(pieces).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
      [
        [10, 8],
        [5, 8],
      ],
    ]);
  });

  it('clipRing clips a square to the box and returns a closed ring, or null when outside', () => {
    const ring: Pos[] = [
      [5, 5],
      [15, 5],
      [15, 15],
      [5, 15],
      [5, 5],
    ];
    const clipped = clipRing(ring, BOX);
    expect(clipped?.[0]).toEqual(clipped?.[clipped.length - 1]);
    expect(new Set(clipped?.map((p) => p.join(',')))).toEqual(new Set(['5,5', '10,5', '10,10', '5,10']));
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        BOX,
      ),
    ).toBeNull();
  });

  it('simplifyLine keeps endpoints, drops near-collinear vertices, and is a no-op at tolerance 0', () => {
    const line: Pos[] = [
      [130, 45],
      [130.5, 45.0001],
      [131, 45],
    ];
    expect(simplifyLine(line, 100)).toEqual([
      [130, 45],
      [131, 45],
    ]);
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  it('splitPolygonAtAntimeridian cuts a ring that jumps across ±180 into two pieces within range', () => {
    const ring: Pos[] = [
      [178, 65],
      [-178, 65],
      [-178, 68],
      [178, 68],
      [178, 65],
    ];
    const pieces = splitPolygonAtAntimeridian([ring]);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) {
      const lons = (piece[0] ?? []).map((p) => p[0]);
      expect(Math.max(...lons) - Math.min(...lons)).toBeLessThanOrEqual(2);
    }
    // a ring without a jump is returned unchanged
    const plain: Pos[] = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(splitPolygonAtAntimeridian([plain])).toEqual([[plain]]);
  });

  it('splitLineAtAntimeridian interpolates the crossing', () => {
    expect(
      splitLineAtAntimeridian([
        [179, 10],
        [-179, 12],
      ]),
    ).toEqual([
      [
        [179, 10],
        [180, 11],
      ],
      [
        [-180, 11],
        [-179, 12],
      ],
    ]);
  });

  it('poleOfInaccessibility lies inside an L-shaped polygon (its centroid would not)', () => {
    const L: Pos[] = [
      [0, 0],
      [10, 0],
      [10, 1],
      [1, 1],
      [1, 10],
      [0, 10],
      [0, 0],
    ];
    expect(pointInPolygon(poleOfInaccessibility([L], 1), [L])).toBe(true);
  });

  it('midpointVertex returns an existing vertex halfway along the line', () => {
    const line: Pos[] = [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
    ];
    expect(midpointVertex(line)).toEqual([2, 0]);
  });
});
