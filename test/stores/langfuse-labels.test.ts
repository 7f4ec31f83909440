import { describe, expect, it } from 'vitest';
import { labelCollisions, langfuseLabelMapping } from '../../src/stores/langfuse-labels.js';

describe('langfuseLabelMapping', () => {
  it('keeps valid labels, spells the others lf-<label>, applies renames, leaves out latest', () => {
    const m = langfuseLabelMapping({ '2024-q1': 'q1-2024' });
    expect(['production', '2024-q2', '2024-q1', '_beta', 'latest'].map(m.toPromptops)).toEqual([
      'production',
      'lf-2024-q2',
      'q1-2024',
      'lf-_beta',
      undefined,
    ]);
  });

  it('names every Langfuse label a promptops label could stand for, and the renamed ones it cannot', () => {
    const plain = langfuseLabelMapping();
    expect(plain.candidates('production')).toEqual(['production']);
    expect(plain.candidates('lf-2024-q1')).toEqual(['lf-2024-q1', '2024-q1']);
    expect(plain.renamedAway('lf-2024-q1')).toBeUndefined();

    const renamed = langfuseLabelMapping({ '2024-q1': 'q1-2024', production: 'prod' });
    expect(renamed.candidates('q1-2024')).toEqual(['2024-q1', 'q1-2024']);
    expect(renamed.candidates('lf-2024-q1')).toEqual(['lf-2024-q1']);
    expect(renamed.renamedAway('lf-2024-q1')).toEqual({ langfuse: '2024-q1', promptops: 'q1-2024' });
    expect(renamed.candidates('production')).toEqual([]);
    expect(renamed.renamedAway('production')).toEqual({ langfuse: 'production', promptops: 'prod' });
    expect(renamed.renamedAway('q1-2024')).toBeUndefined();
  });

  it('finds the labels of one prompt that would share a name', () => {
    const plain = langfuseLabelMapping();
    expect(labelCollisions(['2024-q1', 'lf-2024-q1', 'production', 'latest'], plain.toPromptops)).toEqual([
      { promptops: 'lf-2024-q1', langfuse: ['2024-q1', 'lf-2024-q1'] },
    ]);
    const onto = langfuseLabelMapping({ '2024-q1': 'staging' });
    expect(labelCollisions(['staging', '2024-q1'], onto.toPromptops)).toEqual([
      { promptops: 'staging', langfuse: ['2024-q1', 'staging'] },
    ]);
    expect(labelCollisions(['staging', '2024-q1'], plain.toPromptops)).toEqual([]);
  });

  it('refuses a rename to a non-label and two renames to one name', () => {
    expect(() => langfuseLabelMapping({ '2024-q1': 'latest' })).toThrow(/which is not a promptops label/);
    expect(() => langfuseLabelMapping({ a1: 'same', b1: 'same' })).toThrow(
      /option "labels": maps both "a1" and "b1" to "same": give each Langfuse label its own name/,
    );
  });
});
