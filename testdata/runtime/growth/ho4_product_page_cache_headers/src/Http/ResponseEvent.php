<?php
declare(strict_types=1);

namespace App\Http;

final class ResponseEvent
{
    public const NAME = 'kernel.response';

    public function __construct(
        public readonly Request $request,
        public readonly Response $response,
    ) {
    }
}
