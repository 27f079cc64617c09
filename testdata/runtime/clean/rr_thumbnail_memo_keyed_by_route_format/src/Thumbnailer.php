<?php

declare(strict_types=1);

namespace App;

use Psr\Http\Message\ServerRequestInterface;

final class Pipelines
{
    /** @var array<string, array{steps: list<string>, note: string}> */
    private static array $byKey = [];

    /** @return array{steps: list<string>, note: string} */
    public static function for(string $owner, string $format): array
    {
        return self::$byKey[$format] ??= ['steps' => ['resize:320', 'sharpen', 'encode:' . $format], 'note' => str_repeat('pipeline ', 80)];
    }
}

final class Thumbnailer
{
    public function handle(ServerRequestInterface $request): string
    {
        ['owner' => $owner, 'format' => $format] = $request->getAttribute('route');
        $pipeline = Pipelines::for($owner, $format);

        return implode('|', $pipeline['steps']) . ' for ' . $owner;
    }
}
