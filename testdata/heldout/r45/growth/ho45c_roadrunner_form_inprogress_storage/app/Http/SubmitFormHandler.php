<?php

declare(strict_types=1);

namespace App\Http;

use App\Forms\FormRegistry;
use App\Storage\SubmissionStore;
use Psr\Http\Message\ResponseFactoryInterface;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Message\StreamFactoryInterface;

/**
 * POST /forms/{form}/submissions
 */
final class SubmitFormHandler
{
    public function __construct(
        private FormRegistry $forms,
        private SubmissionStore $store,
        private ResponseFactoryInterface $responses,
        private StreamFactoryInterface $streams,
    ) {
    }

    public function __invoke(ServerRequestInterface $request): ResponseInterface
    {
        $form = $this->forms->get((string) $request->getAttribute('form'));
        if ($form === null) {
            return $this->responses->createResponse(404);
        }

        $input = (array) $request->getParsedBody();
        $channel = $request->getHeaderLine('X-Channel') === 'kiosk' ? 'kiosk' : 'web';
        $submission = $form->start((string) ($input['respondent'] ?? ''), $channel)->fill($input);

        if (!$submission->validate()) {
            return $this->json(422, ['errors' => $submission->errors()]);
        }

        $id = $this->store->save($submission->toRecord());

        return $this->json(201, ['id' => $id, 'form' => $form->slug])
            ->withHeader('X-Form-In-Progress', (string) $form->inProgressCount());
    }

    private function json(int $status, array $data): ResponseInterface
    {
        return $this->responses->createResponse($status)
            ->withHeader('Content-Type', 'application/json')
            ->withBody($this->streams->createStream(json_encode($data, JSON_UNESCAPED_SLASHES)));
    }
}
