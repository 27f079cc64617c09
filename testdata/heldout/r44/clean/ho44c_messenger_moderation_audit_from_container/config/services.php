<?php

use App\MessageHandler\ModeratePhotoHandler;
use App\Message\ModeratePhoto;
use App\Moderation\Classifier\CaptionSpamClassifier;
use App\Moderation\Classifier\NudityClassifier;
use App\Moderation\Classifier\ViolenceClassifier;
use App\Moderation\ClassifierChain;
use App\Moderation\ModelRegistry;
use App\Moderation\ModerationAuditTrail;
use App\Transport\ModerationQueueReceiver;
use Doctrine\DBAL\Connection;
use Symfony\Component\DependencyInjection\Container;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\EventListener\ResetServicesListener;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;

// Dumped service definitions (var/cache/prod/ContainerXyz), trimmed.
return static fn (string $projectDir): array => [
    Connection::class => ['factory' => static fn () => new Connection()],

    ModelRegistry::class => ['factory' => static fn () => new ModelRegistry([
        'nsfw-vit' => '2024.05.2',
        'gore-resnet' => '3.1.0',
        'caption-spam' => '2024.06.0-distil',
    ])],

    ModerationAuditTrail::class => [
        'factory' => static fn () => new ModerationAuditTrail(),
        'tags' => ['kernel.reset'],
    ],

    ClassifierChain::class => ['factory' => static fn () => new ClassifierChain([
        NudityClassifier::class,
        ViolenceClassifier::class,
        CaptionSpamClassifier::class,
    ])],

    ModeratePhotoHandler::class => ['factory' => static fn (Container $c) => new ModeratePhotoHandler(
        $c->get(ClassifierChain::class),
        $c->get(Connection::class),
        0.85,
    )],

    'messenger.bus.default' => ['factory' => static fn (Container $c) => new MessageBus([
        new HandleMessageMiddleware(new HandlersLocator([
            ModeratePhoto::class => [$c->get(ModeratePhotoHandler::class)],
        ])),
    ])],

    'services_resetter' => ['factory' => static fn (Container $c) => new ServicesResetter(
        $c,
        array_fill_keys($c->findTaggedServiceIds('kernel.reset'), 'reset'),
    )],

    'event_dispatcher' => ['factory' => static function (Container $c): EventDispatcher {
        $dispatcher = new EventDispatcher();
        $dispatcher->addListener(WorkerRunningEvent::class, [new ResetServicesListener($c->get('services_resetter')), 'resetServices']);

        return $dispatcher;
    }],

    'messenger.transport.moderation' => ['factory' => static fn () => new ModerationQueueReceiver()],
];
