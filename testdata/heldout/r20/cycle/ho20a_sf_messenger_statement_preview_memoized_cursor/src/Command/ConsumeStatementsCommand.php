<?php

declare(strict_types=1);

namespace App\Command;

use Symfony\Component\Messenger\Worker;

final class ConsumeStatementsCommand
{
    public const SUCCESS = 0;

    public function __construct(private readonly Worker $worker)
    {
    }

    public function execute(array $input): int
    {
        $limit = max(1, (int) ($input['--limit'] ?? 100));
        $this->worker->run($limit);

        return self::SUCCESS;
    }
}
