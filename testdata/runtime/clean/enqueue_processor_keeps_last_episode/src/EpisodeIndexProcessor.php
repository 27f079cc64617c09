<?php

namespace App\Queue;

use Interop\Queue\Context;
use Interop\Queue\Message;
use Interop\Queue\Processor;

final class EpisodeIndexProcessor implements Processor
{
    private string $lastIndexed = '';

    public function process(Message $message, Context $context): string
    {
        $episode = json_decode($message->getBody(), true);
        $this->lastIndexed = $episode['episode'] . ' ' . $episode['feed'];
        return self::ACK;
    }
}
