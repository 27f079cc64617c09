<?php

namespace App\Command;

use Monolog\Logger;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:access-log:tail', description: 'Follows the access log and reports slow requests')]
final class TailAccessLogCommand extends Command
{
    public function __construct(private Logger $logger) {}

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $lines = (int) $input->getOption('lines');
        foreach ($this->follow($lines) as $line) {
            [$ip, $method, $path, $ms] = explode(' ', $line, 4);
            $this->logger->info('request handled', [
                'ip' => $ip,
                'route' => "{$method} {$path}",
                'duration_ms' => (int) $ms,
                'raw' => $line,
            ]);
        }

        return Command::SUCCESS;
    }

    private function follow(int $lines): \Generator
    {
        for ($i = 0; $i < $lines; $i++) {
            yield sprintf('10.0.%d.%d GET /catalog/products/%d?%s %d', $i % 255, $i % 7, $i, str_repeat('utm=x&', 25), 40 + $i % 900);
        }
    }
}
