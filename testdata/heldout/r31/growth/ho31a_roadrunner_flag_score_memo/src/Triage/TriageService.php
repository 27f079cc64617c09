<?php

namespace Forum\Triage;

use Forum\Container\Services;

final class TriageService
{
    /** @var array<string, int> band => posts routed, bands are fixed */
    private array $routed = ['hide' => 0, 'review' => 0, 'keep' => 0];

    public function route(FlaggedPost $post): string
    {
        $band = Services::get(ScoreMemo::class)->scoreFor($post)->band();
        $this->routed[$band]++;

        return $band;
    }

    public function shouldAutoHide(FlaggedPost $post): bool
    {
        $score = Services::get(ScoreMemo::class)->scoreFor($post);

        return $score->band() === 'hide' && $post->flagCount >= 3;
    }
}
