<?php

declare(strict_types=1);

use App\Database\Connection;
use App\Messenger\FlushWriterMiddleware;
use App\MessageHandler\SubmitSurveyResponseHandler;
use App\Survey\AnswerNormalizer;
use App\Survey\QuestionCatalog;
use App\Survey\ResponseWriter;
use App\Transport\GatewayInboxReceiver;

return [
    Connection::class => static fn (): Connection => new Connection(),
    QuestionCatalog::class => static fn (): QuestionCatalog => new QuestionCatalog(),
    AnswerNormalizer::class => static fn ($c): AnswerNormalizer => new AnswerNormalizer($c->get(QuestionCatalog::class)),
    ResponseWriter::class => static fn ($c): ResponseWriter => new ResponseWriter($c->get(Connection::class), 50),
    SubmitSurveyResponseHandler::class => static fn ($c): SubmitSurveyResponseHandler => new SubmitSurveyResponseHandler(
        $c->get(QuestionCatalog::class),
        $c->get(AnswerNormalizer::class),
        $c->get(ResponseWriter::class),
    ),
    FlushWriterMiddleware::class => static fn ($c): FlushWriterMiddleware => new FlushWriterMiddleware($c->get(ResponseWriter::class), 20),
    'messenger.transport.gateway' => static fn (): GatewayInboxReceiver => new GatewayInboxReceiver((int) (getenv('PHPLEAK_N') ?: 100)),
];
