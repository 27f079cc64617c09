<?php

namespace Forum\Triage;

/**
 * The triage pipeline asks for a post's score several times (queue routing,
 * auto-hide, response); scoring runs the lexicon once per post object.
 */
final class ScoreMemo
{
    /** @var array<int, array{post: FlaggedPost, value: float, signals: array<string, int>}> plain data, dumped by the debug endpoint */
    private array $entries = [];

    public function __construct(private ToxicityScorer $scorer)
    {
    }

    public function scoreFor(FlaggedPost $post): ToxicityScore
    {
        $slot = spl_object_id($post);
        $entry = $this->entries[$slot] ?? null;
        if ($entry !== null && $entry['post'] === $post) {
            return new ToxicityScore($post->id, $entry['value'], $entry['signals']);
        }

        $score = $this->scorer->score($post);
        $this->entries[$slot] = ['post' => $post, 'value' => $score->value, 'signals' => $score->signals]; // leak

        return $score;
    }
}
