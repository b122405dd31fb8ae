// The municipal page shows one component; it loads only that one.
import '@vangnet/widget/booking-form';
