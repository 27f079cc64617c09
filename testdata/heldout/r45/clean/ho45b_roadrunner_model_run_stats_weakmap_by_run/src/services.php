<?php

use Nwp\Api\Http\ConditionalGetMiddleware;
use Nwp\Api\Http\RunSummaryHandler;
use Nwp\Api\Kernel;
use Nwp\Api\Model\ModelCatalog;
use Nwp\Api\Model\ModelDefinition;
use Nwp\Api\Services;
use Nwp\Api\Stats\FieldStatistics;

return [
    ModelCatalog::class => static fn () => new ModelCatalog([
        new ModelDefinition('gfs', 'NCEP GFS', 0.25, 384, ['t2m', 'tp', 'msl', 'u10', 'cape']),
        new ModelDefinition('icon', 'DWD ICON global', 0.125, 180, ['t2m', 'tp', 'msl', 'u10', 'cape']),
        new ModelDefinition('ifs', 'ECMWF IFS HRES', 0.1, 240, ['t2m', 'tp', 'msl', 'u10', 'cape']),
        new ModelDefinition('hrrr', 'NOAA HRRR', 0.027, 48, ['t2m', 'tp', 'msl', 'u10', 'cape']),
        new ModelDefinition('nam', 'NCEP NAM 12km', 0.11, 84, ['t2m', 'tp', 'msl', 'u10', 'cape']),
    ]),
    FieldStatistics::class => static fn () => new FieldStatistics(),
    RunSummaryHandler::class => static fn () => new RunSummaryHandler(),
    Kernel::class => static fn () => new Kernel(
        Services::get(ModelCatalog::class),
        [new ConditionalGetMiddleware()],
        Services::get(RunSummaryHandler::class),
    ),
];
