<?php

namespace App\Experiment;

final class Visitor
{
    public readonly AssignmentCollection $assignments;

    public function __construct(
        public readonly string $id,
        public readonly string $userAgent,
        public readonly array $utm,
    ) {
        $this->assignments = new AssignmentCollection($this); // leak
    }

    public static function fromRequest(array $request): self
    {
        $id = $request['cookies']['ab_vid'] ?? hash('xxh64', $request['ip'] . $request['headers']['user-agent']);

        return new self($id, $request['headers']['user-agent'], [
            'source' => $request['query']['utm_source'] ?? 'direct',
            'campaign' => $request['query']['utm_campaign'] ?? null,
            'medium' => $request['query']['utm_medium'] ?? null,
        ]);
    }
}
