<?php

namespace Forum\Triage;

final class ToxicityScorer
{
    private const LEXICON = ['idiot' => 3, 'stupid' => 2, 'shut up' => 3, 'loser' => 2, 'trash' => 1, 'scam' => 2];

    public function score(FlaggedPost $post): ToxicityScore
    {
        $text = strtolower($post->body);
        $signals = [];
        $weight = 0;
        foreach (self::LEXICON as $term => $w) {
            $hits = substr_count($text, $term);
            if ($hits > 0) {
                $signals[$term] = $hits;
                $weight += $hits * $w;
            }
        }
        $signals['flags'] = $post->flagCount;
        $karmaDamping = $post->authorKarma > 500 ? 0.7 : 1.0;
        $value = min(1.0, ($weight / 12 + $post->flagCount / 20) * $karmaDamping);

        return new ToxicityScore($post->id, round($value, 3), $signals);
    }
}
