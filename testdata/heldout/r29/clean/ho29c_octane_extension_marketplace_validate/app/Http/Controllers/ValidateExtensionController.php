<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Extensions\ExtensionRegistry;
use App\Extensions\Manifest;
use App\Extensions\ValidationContext;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

/**
 * POST /api/extensions/validate: dry run a manifest before it is published.
 */
final class ValidateExtensionController
{
    public function __construct(private readonly ValidationContext $context)
    {
    }

    public function __invoke(Request $request): JsonResponse
    {
        try {
            $extension = ExtensionRegistry::make(Manifest::fromArray($request->all()));
        } catch (\DomainException $e) {
            return new JsonResponse(['error' => $e->getMessage()], 422);
        }

        $problems = $extension->validate($this->context);

        return new JsonResponse([
            'slug' => $extension->manifest()->slug,
            'version' => $extension->manifest()->version,
            'valid' => $problems === [],
            'problems' => $problems,
        ], $problems === [] ? 200 : 422);
    }
}
