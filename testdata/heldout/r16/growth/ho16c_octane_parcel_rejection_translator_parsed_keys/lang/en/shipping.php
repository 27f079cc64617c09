<?php

return [
    'parcel_rejected' => 'Parcel :reference for :city was rejected by :carrier: :reason',
    'parcel_booked' => 'Parcel :reference booked with :carrier',
    'label_title' => 'Shipping label',
];
