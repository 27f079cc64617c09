<?php

use App\Intake\ClaimDocumentIntakeHandler;
use App\Intake\ClaimDocumentReceived;
use App\Intake\DocumentClassifier;
use App\Intake\PageFilterFactory;
use App\Intake\PageFingerprinter;
use Symfony\Component\Messenger\MessageBus;

return static function (): MessageBus {
    $filters = new PageFilterFactory(new PageFingerprinter(), [
        '',
        'This page intentionally left blank',
        'FAX COVER SHEET - CONFIDENTIAL - Claims Intake Department',
        '--- separator ---',
    ]);

    return new MessageBus([
        ClaimDocumentReceived::class => [new ClaimDocumentIntakeHandler($filters, new DocumentClassifier())],
    ]);
};
