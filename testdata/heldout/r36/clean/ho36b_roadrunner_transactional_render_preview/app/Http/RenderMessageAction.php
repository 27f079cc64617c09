<?php

namespace App\Http;

use App\Mail\TransactionalRenderer;
use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class RenderMessageAction
{
    /** @param list<string> $templates */
    public function __construct(private TransactionalRenderer $renderer, private array $templates)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $payload = $request->getParsedBody();
        $template = (string) ($payload['template'] ?? '');
        if (!in_array($template, $this->templates, true)) {
            return new Response(422, '{"error":"unknown template"}');
        }

        $email = $this->renderer->render($template, (array) ($payload['data'] ?? []), (string) ($payload['locale'] ?? 'en'));

        return new Response(200, json_encode($email->toArray()), ['content-type' => 'application/json']);
    }
}
