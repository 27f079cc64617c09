<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Message\SubmitSurveyResponse;
use App\Survey\AnswerNormalizer;
use App\Survey\QuestionCatalog;
use App\Survey\ResponseWriter;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\Exception\UnrecoverableMessageHandlingException;

#[AsMessageHandler]
final class SubmitSurveyResponseHandler
{
    public function __construct(
        private QuestionCatalog $questions,
        private AnswerNormalizer $normalizer,
        private ResponseWriter $writer,
    ) {
    }

    public function __invoke(SubmitSurveyResponse $message): void
    {
        if (!$this->questions->has($message->surveyId)) {
            throw new UnrecoverableMessageHandlingException(sprintf('Unknown survey "%s"', $message->surveyId));
        }

        $answers = $this->normalizer->normalize($message->surveyId, $message->responseId, $message->answers);
        $this->writer->write($message->responseId, $message->surveyId, $answers, $message->submittedAt);
    }
}
