<?php

use Symfony\Component\EventDispatcher\EventDispatcher;
use App\OrderAlerts;
use App\OrderPlaced;

// Wires the listeners once, when the worker boots.
return static function (EventDispatcher $events, array $suppressed): void {
    $alerts = new OrderAlerts($suppressed);
    $events->addListener(OrderPlaced::class, $alerts->oncePerOrder());
};
