<?php

use Community\Mention\MentionListeners;
use Community\Mention\MentionParser;
use Community\Mention\MentionsDetected;
use Community\Mention\PostPublishedHandler;
use Community\Mention\PushGateway;
use Symfony\Component\EventDispatcher\EventDispatcher;

return static function (array $mutedPairs): array {
    $dispatcher = new EventDispatcher();
    $listeners = new MentionListeners(new PushGateway(), $mutedPairs);
    $dispatcher->addListener(MentionsDetected::class, $listeners->skipSelfMentions(), 10);
    $dispatcher->addListener(MentionsDetected::class, $listeners->notifyOnce());

    return ['dispatcher' => $dispatcher, 'handler' => new PostPublishedHandler(new MentionParser(), $dispatcher)];
};
