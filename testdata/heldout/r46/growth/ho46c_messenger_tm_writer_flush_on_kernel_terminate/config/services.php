<?php

use App\EventSubscriber\TmFlushSubscriber;
use App\Memory\TmUnitFactory;
use App\Memory\TranslationMemoryWriter;
use App\Message\TranslateDocument;
use App\MessageHandler\TranslateDocumentHandler;
use Doctrine\DBAL\Connection;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\HandlersLocator;

/** Compiled-container stand-in: every service is shared for the worker's life. */
return static function (): array {
    $writer = new TranslationMemoryWriter(new Connection());
    $dispatcher = new EventDispatcher();
    $dispatcher->addSubscriber(new TmFlushSubscriber($writer));

    return [
        'event_dispatcher' => $dispatcher,
        'messenger.handlers_locator' => new HandlersLocator([
            TranslateDocument::class => new TranslateDocumentHandler(new TmUnitFactory(), $writer),
        ]),
    ];
};
