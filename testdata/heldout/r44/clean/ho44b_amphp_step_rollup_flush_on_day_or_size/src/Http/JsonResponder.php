<?php

declare(strict_types=1);

namespace App\Http;

use Amp\Http\Server\Response;

final class JsonResponder
{
    public function ok(array $body, int $status = 200): Response
    {
        return new Response($status, ['content-type' => 'application/json'], json_encode($body, JSON_THROW_ON_ERROR));
    }

    public function problem(int $status, string $title): Response
    {
        return new Response($status, ['content-type' => 'application/problem+json'], json_encode(['title' => $title, 'status' => $status]));
    }
}
