<?php

namespace App\MessageHandler;

use App\Message\ModeratePhoto;
use App\Moderation\ClassifierChain;
use App\Moderation\ModerationAuditTrail;
use App\Moderation\Verdict;
use Doctrine\DBAL\Connection;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'moderation')]
final class ModeratePhotoHandler
{
    public function __construct(
        private ClassifierChain $classifiers,
        private Connection $connection,
        private float $blockThreshold,
    ) {
    }

    public function __invoke(ModeratePhoto $message): void
    {
        $verdicts = $this->classifiers->run($message);
        $worst = max(array_map(static fn (Verdict $v): float => $v->score, $verdicts));
        $status = match (true) {
            $worst >= $this->blockThreshold => 'blocked',
            $worst >= 0.5 => 'needs_review',
            default => 'approved',
        };

        $this->connection->update('photo', ['moderation_status' => $status], ['id' => $message->photoId]);

        foreach (ModerationAuditTrail::current()->entriesFor($message->photoId) as $entry) {
            $this->connection->insert('moderation_audit', $entry->toRow());
        }
    }
}
