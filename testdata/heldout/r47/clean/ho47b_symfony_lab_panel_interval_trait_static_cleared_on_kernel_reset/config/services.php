<?php

use App\Controller\LabWebhookController;
use App\EventSubscriber\AbnormalResultSubscriber;
use App\Lab\ReferenceIntervalSource;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\EventDispatcher\EventDispatcher;

return [
    'event_dispatcher' => ['factory' => fn () => new EventDispatcher()],
    ReferenceIntervalSource::class => ['factory' => fn () => new ReferenceIntervalSource()],
    AbnormalResultSubscriber::class => [
        'factory' => fn (Container $c) => new AbnormalResultSubscriber($c->get(ReferenceIntervalSource::class)),
        'tags' => ['kernel.event_subscriber' => [], 'kernel.reset' => ['method' => 'reset']],
    ],
    LabWebhookController::class => [
        'factory' => fn (Container $c) => new LabWebhookController($c->get('event_dispatcher')),
        'tags' => ['controller.service_arguments' => []],
    ],
];
