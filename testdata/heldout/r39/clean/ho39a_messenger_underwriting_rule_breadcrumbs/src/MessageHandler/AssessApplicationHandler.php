<?php

namespace App\MessageHandler;

use App\Message\AssessApplication;
use App\Underwriting\Applicant;
use App\Underwriting\RuleSetFactory;

final class AssessApplicationHandler
{
    private const GUIDELINES = [
        'MED-010' => ['bmi', '>=', 35.0],
        'MED-020' => ['smoker', '=', true],
        'OCC-100' => ['occupation', 'in', ['commercial diver', 'roofer', 'pilot']],
        'FIN-200' => ['face_amount', '>', 1500000],
        'AGE-300' => ['age', '>=', 65],
    ];

    /** @var array<string, \Closure(Applicant): bool> */
    private array $rules;

    /** @var array<int|string, string> */
    private array $decisionTrail = ['ruleset' => 'LIFE-UW-2024.3'];

    public function __construct(RuleSetFactory $factory)
    {
        $this->rules = $factory->compile(self::GUIDELINES, $this->decisionTrail);
    }

    public function __invoke(AssessApplication $message): array
    {
        $applicant = Applicant::fromArray($message->applicationId, $message->applicant);
        $referrals = [];
        foreach ($this->rules as $code => $rule) {
            if ($rule($applicant)) {
                $referrals[] = $code;
            }
        }

        return [
            'application' => $message->applicationId,
            'product' => $message->product,
            'decision' => match (true) {
                in_array('KYC-001', $referrals, true) => 'decline',
                count($referrals) >= 2 => 'refer_underwriter',
                count($referrals) === 1 => 'rated',
                default => 'accept_preferred',
            },
            'referrals' => $referrals,
        ];
    }
}
