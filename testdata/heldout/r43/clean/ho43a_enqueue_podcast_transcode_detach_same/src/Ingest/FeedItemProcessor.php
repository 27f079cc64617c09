<?php

namespace Podcasts\Ingest;

use Interop\Queue\Context;
use Interop\Queue\Message;
use Interop\Queue\Processor;
use Podcasts\Entity\Episode;
use Podcasts\Transcode\TranscodeScheduler;

final class FeedItemProcessor implements Processor
{
    public function __construct(private TranscodeScheduler $scheduler)
    {
    }

    public function process(Message $message, Context $context)
    {
        $payload = json_decode($message->getBody(), true);
        if (!isset($payload['item']['enclosure']['url'])) {
            return self::REJECT;
        }

        $episode = Episode::fromFeedItem($payload['show'], $payload['item']);
        $this->scheduler->schedule($episode, (int) $message->getProperty('timestamp', 0));
        $this->scheduler->drain();

        return self::ACK;
    }
}
