<?php

use App\Controller\ShiftRosterController;
use App\EventSubscriber\RosterCacheHeaderSubscriber;

// services: the controller gets the volunteer list bound at container build time
return [
    ShiftRosterController::class => fn () => new ShiftRosterController([
        'Amina Y.', 'Jorge P.', 'Lin W.', 'Grace O.', 'Tomasz K.', 'Priya S.', 'Dev R.',
    ]),
    RosterCacheHeaderSubscriber::class => fn () => new RosterCacheHeaderSubscriber(),
];
