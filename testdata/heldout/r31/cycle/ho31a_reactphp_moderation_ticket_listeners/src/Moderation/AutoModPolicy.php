<?php

namespace Forum\Moderation;

final class AutoModPolicy
{
    private const ACTIONS = [
        'spam' => 'remove',
        'off-topic' => 'approve',
        'duplicate' => 'approve',
        'harassment' => 'escalate',
        'doxxing' => 'escalate',
        'self-harm' => 'escalate',
    ];

    public function actionFor(AbuseReport $report): string
    {
        $action = self::ACTIONS[$report->reason] ?? 'escalate';
        if ($action === 'remove' && $report->note === '') {
            return 'escalate';
        }

        return $action;
    }
}
