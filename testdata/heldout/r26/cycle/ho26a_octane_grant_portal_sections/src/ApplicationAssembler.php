<?php

namespace App\Grants;

use Laravel\Octane\Stub\Request;

final class ApplicationAssembler
{
    private const SECTION_LIMITS = [
        'applicant' => ['Applicant details', 200],
        'narrative' => ['Project narrative', 1500],
        'budget' => ['Budget justification', 600],
        'outcomes' => ['Expected outcomes', 400],
    ];

    public function __construct(private array $programDeadlines)
    {
    }

    public function fromRequest(Request $request): GrantApplication
    {
        $program = $request->input('program');
        $application = new GrantApplication(
            reference: sprintf('GA-%s-%06d', $program, $request->input('draft_id')),
            programCode: $program,
            deadline: $this->programDeadlines[$program],
            applicantOrg: $request->input('organisation'),
        );

        foreach (self::SECTION_LIMITS as $key => [$title, $limit]) {
            $answers = $request->input('sections')[$key] ?? [];
            $application->attachSection(new ApplicationSection($key, $title, $answers, $limit));
        }

        return $application;
    }
}
