<?php

namespace Nwp\Api\Stats;

use Nwp\Api\Model\ModelDefinition;
use Nwp\Api\Model\ModelRun;
use WeakMap;

/**
 * Domain statistics of a forecast field. Reading the GRIB index is the
 * expensive part, so summaries are kept next to the object they describe
 * and go away with it.
 */
final class FieldStatistics
{
    /** @var WeakMap<ModelDefinition, array<string, FieldSummary>> */
    private WeakMap $summaries;

    public function __construct()
    {
        $this->summaries = new WeakMap();
    }

    public function summarize(ModelRun $run, string $param): FieldSummary
    {
        $this->summaries[$run->model] ??= [];
        return $this->summaries[$run->model][$run->cycle . '/' . $param] ??= $this->compute($run, $param); // leak
    }

    private function compute(ModelRun $run, string $param): FieldSummary
    {
        $seed = crc32($run->model->id . $run->cycle . $param);
        $values = [];
        for ($i = 0; $i < 64; $i++) {
            $values[] = (($seed >> ($i % 24)) & 0xff) / 8 - 12 + $i * 0.1;
        }
        sort($values);
        $histogram = array_fill(0, 12, 0);
        foreach ($values as $v) {
            $histogram[min(11, max(0, (int) (($v + 12) / 4)))]++;
        }
        $percentiles = [];
        foreach ([1, 5, 10, 25, 50, 75, 90, 95, 99] as $p) {
            $percentiles[$p] = round($values[(int) floor(($p / 100) * (count($values) - 1))], 2);
        }
        return new FieldSummary(
            run: $run->label(),
            param: $param,
            min: round($values[0], 2),
            max: round($values[count($values) - 1], 2),
            mean: round(array_sum($values) / count($values), 3),
            percentiles: $percentiles,
            histogram: $histogram,
            etag: sprintf('"%s-%s-%08x"', $run->model->id, $run->cycle, $seed),
        );
    }
}
