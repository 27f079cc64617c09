<?php

namespace Symfony\Component\EventDispatcher;

use Symfony\Contracts\EventDispatcher\EventDispatcherInterface as ContractsEventDispatcherInterface;

interface EventDispatcherInterface extends ContractsEventDispatcherInterface
{
    public function addListener(string $eventName, callable|array $listener, int $priority = 0);

    public function addSubscriber(EventSubscriberInterface $subscriber);

    public function removeListener(string $eventName, callable|array $listener);

    public function getListeners(?string $eventName = null): array;
}
