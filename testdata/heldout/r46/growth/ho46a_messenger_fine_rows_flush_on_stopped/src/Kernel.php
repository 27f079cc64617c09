<?php

namespace App;

use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\MessageBus;

/** Builds the (compiled-once) service graph of the consumer process. */
final class Kernel
{
    /** @var array<string, object> */
    private array $services = [];

    public function __construct(private array $definitions)
    {
        foreach ($definitions['services'] as $id => $factory) {
            $this->services[$id] = $factory($this->services);
        }
    }

    public function dispatcher(): EventDispatcher
    {
        $dispatcher = new EventDispatcher();
        foreach ($this->definitions['kernel.event_listener'] as $tag) {
            $dispatcher->addListener($tag['event'], $this->services[$tag['service']]);
        }

        return $dispatcher;
    }

    public function bus(): MessageBus
    {
        $handlers = [];
        foreach ($this->definitions['messenger.message_handler'] as $message => $ids) {
            foreach ($ids as $id) {
                $handlers[$message][] = $this->services[$id];
            }
        }

        return new MessageBus($handlers);
    }
}
