<?php

namespace App\Moderation;

final class ReviewerPool
{
    /** @var array<string, list<string>> reviewers per queue, loaded at boot */
    private array $byQueue;
    private array $cursor = [];

    public function __construct()
    {
        $this->byQueue = [
            'trust_safety' => ['rev.ana', 'rev.kofi', 'rev.lin'],
            'spam' => ['rev.bot-triage', 'rev.mara'],
            'escalations' => ['rev.lead'],
        ];
    }

    public function next(string $queue): string
    {
        $list = $this->byQueue[$queue];
        $i = ($this->cursor[$queue] ?? 0) % count($list);
        $this->cursor[$queue] = $i + 1;
        return $list[$i];
    }
}
