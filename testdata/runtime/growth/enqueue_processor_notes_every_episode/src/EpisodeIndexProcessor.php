<?php

namespace App\Queue;

use Interop\Queue\Context;
use Interop\Queue\Message;
use Interop\Queue\Processor;

final class EpisodeIndexProcessor implements Processor
{
    /** @var list<string> */
    private array $indexed = [];

    public function process(Message $message, Context $context): string
    {
        $episode = json_decode($message->getBody(), true);
        $this->indexed[] = $episode['episode'] . ' ' . $episode['feed']; // leak
        return self::ACK;
    }
}
