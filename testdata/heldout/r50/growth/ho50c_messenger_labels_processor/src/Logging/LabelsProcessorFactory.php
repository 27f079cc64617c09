<?php

namespace App\Logging;

/**
 * Builds the Monolog processor that attaches Loki labels to each record:
 * the static labels from config/logging.php plus labels derived from the
 * record's context.
 */
final class LabelsProcessorFactory
{
    /** context key => label name */
    private const DERIVED = [
        'message_class' => 'message',
        'message_id' => 'message_id',
        'transport' => 'transport',
        'handler' => 'handler',
        'batch' => 'batch',
        'sku' => 'sku',
        'row' => 'row',
    ];

    /** @param list<string> $staticLabels */
    public function __construct(private array $staticLabels)
    {
    }

    public function create(): \Closure
    {
        $labels = $this->staticLabels;

        return static function (array $record) use (&$labels): array {
            foreach (self::DERIVED as $key => $name) {
                if (isset($record['context'][$key]) && is_scalar($record['context'][$key])) {
                    $labels[] = $name . ':' . $record['context'][$key]; // leak
                }
            }
            $record['extra']['labels'] = $labels;

            return $record;
        };
    }
}
