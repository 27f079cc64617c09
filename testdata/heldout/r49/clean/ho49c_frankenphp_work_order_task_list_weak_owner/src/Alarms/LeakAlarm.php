<?php

namespace App\Alarms;

final class LeakAlarm
{
    public function __construct(
        public readonly string $alarmId,
        public readonly string $mainId,
        public readonly string $pressureZone,
        public readonly float $flowDeltaLps,
        public readonly string $raisedAt,
    ) {
    }

    public static function fromPost(array $post): self
    {
        return new self($post['alarm_id'], $post['main_id'], $post['zone'], (float) $post['delta'], $post['raised_at']);
    }
}
