<?php

declare(strict_types=1);

namespace App\Dev;

use Spiral\RoadRunner\Jobs\Task\ReceivedTask;
use Spiral\RoadRunner\Jobs\Task\ReceivedTaskInterface;
use Spiral\RoadRunner\Jobs\TaskSourceInterface;

/**
 * Replays a recorded hour of the fleet's job traffic: operators issuing
 * commands, and the acknowledgements of the devices that got them.
 */
final class ReplayTaskSource implements TaskSourceInterface
{
    private \Generator $tasks;

    public function __construct(int $commands, array $fleet)
    {
        $this->tasks = $this->record($commands, $fleet);
    }

    public function next(): ?ReceivedTaskInterface
    {
        if (!$this->tasks->valid()) {
            return null;
        }
        $task = $this->tasks->current();
        $this->tasks->next();

        return $task;
    }

    private function record(int $commands, array $fleet): \Generator
    {
        $actions = [
            ['set_setpoint', ['celsius' => 21.5, 'zone' => 'north']],
            ['reboot', ['delay_s' => 5]],
            ['set_report_interval', ['seconds' => 300, 'jitter' => 15]],
            ['open_valve', ['percent' => 40, 'ramp_s' => 12]],
        ];
        $operators = ['ops@plant-7', 'scheduler', 'ops@plant-9'];
        for ($i = 0; $i < $commands; $i++) {
            $device = $fleet[$i % \count($fleet)];
            [$action, $params] = $actions[$i % \count($actions)];
            $params['note'] = \sprintf('batch %d / window %s', intdiv($i, 50), \date('H:i', 1700000000 + $i * 5));
            $params['labels'] = ['site' => 'plant-7', 'ticket' => \sprintf('OPS-%d', 4000 + $i), 'reason' => 'scheduled maintenance window'];
            $commandId = \sprintf('cmd-%s-%06d', \substr(\md5((string) $i), 0, 8), $i);
            yield new ReceivedTask('job-' . $i, 'device.command', 'iot-commands', \json_encode([
                'command_id' => $commandId,
                'device' => $device['id'],
                'action' => $action,
                'params' => $params,
                'issued_at' => 1700000000 + $i * 5,
                'ttl' => 30,
                'requested_by' => $operators[$i % \count($operators)],
            ]), ['traceparent' => [\sprintf('00-%s-%s-01', \md5('t' . $i), \substr(\sha1('s' . $i), 0, 16))]]);
            if ($device['mode'] === 'always-on') {
                yield new ReceivedTask('ack-' . $i, 'device.ack', 'iot-acks', \json_encode([
                    'command_id' => $commandId,
                    'device' => $device['id'],
                    'at' => 1700000000 + $i * 5 + 1,
                ]));
            }
        }
    }
}
