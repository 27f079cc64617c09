<?php

namespace App\Handler;

use App\Entity\Review;
use App\Message\ModerateReview;
use App\Moderation\ModerationPipeline;
use App\Repository\ModerationQueueRepository;

final class ModerateReviewHandler
{
    public function __construct(
        private readonly ModerationPipeline $pipeline,
        private readonly ModerationQueueRepository $queue,
    ) {
    }

    public function __invoke(ModerateReview $message): string
    {
        $p = $message->payload;
        $review = new Review(
            $p['id'],
            $p['property_id'],
            $p['booking_ref'] ?? null,
            $p['rating'],
            trim($p['title']),
            trim($p['body']),
            $p['author'],
        );

        $decision = $this->pipeline->run($review);
        $review->markAs($decision);
        $this->queue->record($review);

        if ($decision === ModerationPipeline::PUBLISH) {
            // nothing left for a moderator to look at
            $review->clearFlags();
        }

        return $decision;
    }
}
