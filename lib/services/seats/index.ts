// The seats service: the seat inventory of each showtime and the holds on it.
export { createInventory, type InventorySeat } from "./create-inventory";
