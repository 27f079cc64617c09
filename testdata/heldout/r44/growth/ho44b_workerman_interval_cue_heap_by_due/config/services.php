<?php

declare(strict_types=1);

use App\Coach\CueComposer;
use App\Coach\CueScheduler;
use App\Coach\IntervalCoachController;
use App\Container;
use App\Plans\TrainingPlanRepository;
use App\Push\PushGateway;

return [
    'parameters' => [
        'listen' => 'websocket://0.0.0.0:7272',
        'apns_topic' => 'com.example.stride.watchkitapp',
    ],
    'services' => [
        TrainingPlanRepository::class => static fn (Container $c) => new TrainingPlanRepository(),
        PushGateway::class => static fn (Container $c) => new PushGateway($c->parameter('apns_topic')),
        CueComposer::class => static fn (Container $c) => new CueComposer(),
        CueScheduler::class => static fn (Container $c) => new CueScheduler($c->get(PushGateway::class)),
        IntervalCoachController::class => static fn (Container $c) => new IntervalCoachController(
            $c->get(TrainingPlanRepository::class),
            $c->get(CueComposer::class),
            $c->get(CueScheduler::class),
        ),
    ],
];
