<?php

declare(strict_types=1);

namespace Media\Messenger;

enum Outcome: string
{
    case Handled = 'handled';
    case Retry = 'retry';
    case Failed = 'failed';

    public function isTerminal(): bool
    {
        return match ($this) {
            self::Handled, self::Failed => true,
            self::Retry => false,
        };
    }
}
