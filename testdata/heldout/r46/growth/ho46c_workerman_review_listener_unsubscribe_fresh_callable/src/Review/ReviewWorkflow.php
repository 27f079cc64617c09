<?php

namespace App\Review;

final class ReviewWorkflow
{
    private const ALLOWED = [
        'translated' => ['approved', 'rejected'],
        'rejected' => ['translated'],
    ];

    public function __construct(private ReviewEventHub $hub)
    {
    }

    public function transition(string $sessionId, string $segmentId, string $from, string $to): bool
    {
        if (!in_array($to, self::ALLOWED[$from] ?? [], true)) {
            return false;
        }
        $this->hub->publish(new SegmentStatusChanged($sessionId, $segmentId, $from, $to));
        return true;
    }
}
