<?php

namespace App\Grants;

use Laravel\Octane\Stub\Request;
use Laravel\Octane\Stub\Response;

final class DraftController
{
    public function __construct(private ApplicationAssembler $assembler, private \DateTimeImmutable $now)
    {
    }

    public function saveDraft(Request $request): Response
    {
        $application = $this->assembler->fromRequest($request);
        $words = 0;
        foreach ($application->sections() as $section) {
            $section->validate($this->now);
            $words += $section->wordCount();
        }

        return new Response(
            $application->flags() === [] ? 200 : 422,
            json_encode(['reference' => $application->reference, 'words' => $words, 'flags' => $application->flags()]),
        );
    }
}
