<?php

declare(strict_types=1);

namespace App;

use App\Message\IndexArticle;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;

/**
 * Stand-in for the "search_index" transport: the CMS publishes faster than
 * the consumer keeps up, so every poll returns a full page of messages.
 */
final class ArticleFeedReceiver implements ReceiverInterface
{
    private int $nextId = 700000;

    public function get(): iterable
    {
        for ($k = 0; $k < 10; $k++) {
            $id = $this->nextId++;
            yield new Envelope(new IndexArticle(
                $id,
                sprintf('Review: %s season %d finale', ['The Expanse', 'Severance', 'Andor', 'Slow Horses'][$id % 4], $id % 9 + 1),
                sprintf('<p>%s</p>', str_repeat("Spoiler-free notes on episode $id. ", 8)),
                ['TV', 'Review', $id % 2 ? 'Drama' : 'SciFi', 'tv'],
                date(DATE_ATOM, 1700000000 + $id * 60),
            ));
        }
    }

    public function ack(Envelope $envelope): void
    {
    }
}
