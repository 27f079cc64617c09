<?php

namespace App\Http;

use Symfony\Component\EventDispatcher\EventDispatcher;

final class WebhookSender
{
    public int $failures = 0;

    public function __construct(private EventDispatcher $events)
    {
    }

    public function send(array $delivery): int
    {
        $onFailure = function (object $failed) use ($delivery): void {
            $this->failures++;
            $failed->retry = $delivery['url'];
        };
        $this->events->addListener('delivery.failed', $onFailure); // leak
        $status = $delivery['id'] % 4 === 0 ? 503 : 200;
        if ($status >= 400) {
            $this->events->dispatch(new \stdClass(), 'delivery.failed');
            $this->events->removeListener('delivery.failed', $onFailure);
        }

        return $status;
    }
}
